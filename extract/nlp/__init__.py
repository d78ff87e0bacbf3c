"""NLP: our jieba tokenizer for spaCy's blank "zh", organisation names (the claims component is in claims/)."""
