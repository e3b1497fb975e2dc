"""The Bitstring Status List (W3C, v1.0) that says which certificates are suspended or revoked.

Open Badges 3.0 allows one `credentialStatus` per credential, so one entry carries both states: the
`message` purpose with two bits per certificate (0 valid, 1 suspended, 2 revoked; the first bit of a
pair is its high bit, index 0 being the left-most bit of the list). A list holds 131,072 entries, the
specification's smallest; a certificate's place is drawn at random when it is issued and never changes.
This module is the encoding alone, so the migrations can use it too.
"""

import base64
import gzip

ENTRIES = 131_072
STATUS_SIZE = 2
# A list takes new certificates until half of its places are taken, so a random draw finds a free
# place in two tries on average, and the places say little about when a certificate was issued.
FILL = ENTRIES // 2
VALID, SUSPENDED, REVOKED = 0, 1, 2
MESSAGES = [
    {"status": "0x0", "message": "valid"},
    {"status": "0x1", "message": "suspended"},
    {"status": "0x2", "message": "revoked"},
    {"status": "0x3", "message": "undefined"},
]
TTL_SECONDS = 300


def list_number(index):
    """The list (numbered from 1) and the place in it of a certificate's `status_list_index`."""
    return index // ENTRIES + 1, index % ENTRIES


def encode(values):
    """`values` maps a place to its status value; the rest are valid. Returns the multibase encodedList."""
    bits = bytearray(ENTRIES * STATUS_SIZE // 8)
    for place, value in values.items():
        for offset in range(STATUS_SIZE):
            if value >> (STATUS_SIZE - 1 - offset) & 1:
                bit = place * STATUS_SIZE + offset
                bits[bit // 8] |= 0x80 >> (bit % 8)
    # mtime=0: the same states always give the same list.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")
