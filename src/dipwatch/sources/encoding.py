"""Decoding text files whose encoding nobody wrote down: BOM, UTF-8, UTF-16, GB18030, Big5.

GB18030 and Big5 decode almost any byte string without error, so a strict decode is not
enough: each candidate that decodes is scored by how much of it is common Chinese characters
(a wrong decode yields rare ones) and the best plausible one wins.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache
from pathlib import Path

from dipwatch.errors import SourceFormatError

#: Texts above this size are refused (they are read whole); stream such data as JSONL or CSV.
MAX_TEXT_BYTES = 50 * 1024 * 1024

#: Candidates tried after BOM and UTF-8, in the order that wins ties.
CANDIDATES = ("utf-16-le", "utf-16-be", "gb18030", "cp950", "big5hkscs", "cp1252")

# About 1,200 of the most frequent Simplified characters (general and diplomatic usage); their
# Traditional forms are added at run time. Correct decodes of modern Chinese score above 0.9
# on this set, GB18030/Big5 mix-ups below 0.2.
_COMMON_HANS = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年"
    "过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心"
    "她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间"
    "由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给"
    "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变"
    "四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社"
    "便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北"
    "边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济"
    "车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团"
    "集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
    "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考"
    "落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音"
    "跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采"
    "举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普"
    "怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆"
    "习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担"
    "州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱"
    "抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版"
    "宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾"
    "吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓"
    "督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋"
    "避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟"
    "骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞"
    "努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯"
    "夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵胸"
    "伴韩澳疆疫召贺签署仪宴裁谴涉挑衅胁艇磋沟倡"
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_BYTES = 64 * 1024
_SCORE_CHARS = 20_000
_PLAUSIBLE = 0.5
_BAD_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}


@cache
def _common() -> frozenset[str]:
    """The common characters in both scripts (Traditional forms via OpenCC)."""
    import opencc

    hans = "".join(_COMMON_HANS)
    hant = opencc.OpenCC("s2t").convert(hans)
    return frozenset(hans) | frozenset(hant)


def _char_weight(ch: str, common: frozenset[str]) -> float:
    o = ord(ch)
    if o < 0x80:
        return 1.0 if ch.isprintable() or ch in "\t\n\r\f" else -5.0
    if ch in common or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
        return 1.0
    if ch == "\ufffd" or unicodedata.category(ch) in _BAD_CATEGORIES:
        return -5.0
    if 0xC0 <= o <= 0xFF:
        return 0.5
    return 0.0


def plausibility(text: str) -> float:
    """How much ``text`` looks like real writing: about 0.9 for Chinese or English, low for junk.

    >>> plausibility("中华人民共和国外交部") > 0.9 > 0 > plausibility("\\x00\\x01")
    True
    """
    sample = text[:_SCORE_CHARS]
    if not sample:
        return 0.0
    common = _common()
    return sum(_char_weight(ch, common) for ch in sample) / len(sample)


def _try_decode(data: bytes, encoding: str, final: bool) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(data, final=final)
    except UnicodeDecodeError:
        return None


def detect_encoding(data: bytes, *, complete: bool = True) -> str | None:
    """The codec that decodes ``data`` (a whole file, or its head if not ``complete``), or None.

    >>> detect_encoding("外交部發言人".encode("big5"))
    'cp950'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SAMPLE_BYTES]
    final = complete and len(data) <= _SAMPLE_BYTES
    text = _try_decode(sample, "utf-8", final)
    if text is not None and "\x00" not in text:
        return "utf-8"
    best, best_score = None, _PLAUSIBLE
    for name in CANDIDATES:
        text = _try_decode(sample, name, final)
        if text is None:
            continue
        score = plausibility(text)
        if score > best_score:
            best, best_score = name, score
    return best


def decode_bytes(data: bytes, location: str) -> str:
    """The text of a whole file's bytes; SourceFormatError if empty or not text.

    >>> decode_bytes("中華民國".encode("utf-16"), "x.txt")
    '中華民國'
    """
    if not data:
        raise SourceFormatError(location, "empty file")
    encoding = detect_encoding(data)
    if encoding is None:
        raise SourceFormatError(
            location, "cannot decode as text (tried UTF-8, UTF-16, GB18030, Big5, CP1252)"
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise SourceFormatError(
            location, f"looks like {encoding} but byte {err.start} is not valid in it"
        ) from None
    # A UTF-16 byte-order mark decodes any even run of bytes: check that it reads as writing.
    if encoding == "utf-16" and plausibility(text) < _PLAUSIBLE:
        raise SourceFormatError(location, "starts with a UTF-16 byte-order mark but is not text")
    return text


def check_size(path: Path, limit: int | None = None) -> int:
    """The file's size in bytes; SourceFormatError naming the limit when it is too large."""
    size = path.stat().st_size
    limit = MAX_TEXT_BYTES if limit is None else limit
    if size > limit:
        raise SourceFormatError(
            str(path),
            f"file is {size / 1e6:.1f} MB, above the {limit / 1e6:g} MB limit for one text "
            "document; split it, or give the documents as JSONL or CSV (read as a stream)",
        )
    return size


def read_text_file(path: Path, limit: int | None = None) -> str:
    """The decoded text of a text file of at most ``limit`` bytes (MAX_TEXT_BYTES)."""
    check_size(path, limit)
    return decode_bytes(path.read_bytes(), str(path))
