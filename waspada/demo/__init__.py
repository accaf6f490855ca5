"""Demo data for Kalimantan Timur (pure Python; the Django loader lives in `loader.py`)."""
