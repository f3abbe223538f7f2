"""Where the recipe finds its inputs by default."""
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def default_data_dir() -> Path:
    """`../shared/data` beside the repository when present (pass --data otherwise)."""
    return REPO.parent / "shared" / "data"
