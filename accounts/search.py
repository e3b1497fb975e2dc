"""Text as people type it when they search: without accents, case or Unicode composition differences."""

import unicodedata

# Letters that carry no combining mark to drop (Sámi and Nordic ones), written as a searcher types them.
_PLAIN = str.maketrans({"đ": "d", "ŧ": "t", "ŋ": "n", "ʒ": "z", "ǥ": "g", "ø": "o", "æ": "ae", "ı": "i", "ł": "l"})


def fold(text):
    """`text` lowercased with accents and marks removed: "Máret Åberg, Sodankylä" -> "maret aberg, sodankyla"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(_PLAIN)


def person_key(first_name, last_name, username, municipality=None):
    """The folded text a person is found by: their names, user name and municipality in every language."""
    names = [municipality.name, municipality.name_sv, municipality.name_se] if municipality else []
    return fold(" ".join(filter(None, [first_name, last_name, username, *names])))
