normalize --keep-boilerplate
