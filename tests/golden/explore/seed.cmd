kwic -w 8 --format tsv
