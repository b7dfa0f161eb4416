"""ASCII slugs for Greek text, so that URLs stay readable and stable in every client."""

from django.utils.text import slugify

GREEK_TO_LATIN = str.maketrans(
    {
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o",
        "ϊ": "i", "ΐ": "i", "ϋ": "y", "ΰ": "y",
    }
)  # fmt: skip


def slugify_greek(text: str) -> str:
    """An ASCII slug for Greek or Latin text (ELOT 743-style transliteration)."""
    return slugify(text.lower().translate(GREEK_TO_LATIN))
