extract --explain --doc-date 2024-03-01
