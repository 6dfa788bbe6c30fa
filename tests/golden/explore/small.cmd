kwic --format text -w 6 --kind enforcement --kind deadline
