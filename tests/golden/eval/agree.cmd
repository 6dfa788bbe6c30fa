agree --verbose agree.a.jsonl agree.b.jsonl
