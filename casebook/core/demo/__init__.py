"""The demo casebook: realistic multilingual cases for trying Casebook."""
