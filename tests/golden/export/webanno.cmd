export --to webanno-tsv -o -
