normalize --t2s
