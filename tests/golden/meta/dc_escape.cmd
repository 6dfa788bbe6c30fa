meta --format dc
