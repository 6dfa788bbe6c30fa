extract --user-lex user_lex.tsv
