eval --verbose --gold pred.gold.jsonl --pred pred.run.jsonl
