"""Benchmarks: `python -m bench.<module>` (feeds, …); `make bench` runs them."""
