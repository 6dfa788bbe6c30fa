normalize --offsets
