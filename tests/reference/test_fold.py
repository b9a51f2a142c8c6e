"""``fold``: the list table it reads most texts with folds as the table it stands for."""

from dipwatch.reference.fold import _table, fold


def test_a_text_folds_as_the_dict_table_folds_it():
    text = "臺灣與宏都拉斯斷交，ＵＳ　ok\u3000。國際關係"
    assert fold(text) == text.translate(_table()) == "台湾与宏都拉斯断交,US ok 。国际关系"


def test_a_character_beyond_the_plane_is_folded_too():
    assert fold("𠝹讓臺灣") == "割让台湾"
    assert fold("😀臺") == "😀台"


def test_every_character_the_table_maps_is_folded():
    chars = "".join(chr(c) for c in _table() if c < 0x10000)
    assert fold(chars) == chars.translate(_table())
