#!/usr/bin/env python3
"""Synthesises the read-text-and-photo reply fixtures (PROTOCOLS.md section 1) from made-up
card data, independently of the Java codec: UCS-2LE text laid out at the documented offsets,
a placeholder photo, the documented length words, LEN and XOR CHK.
Run from this folder: python3 make-read-text-fixtures.py"""

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def iso7064(first17):
    s = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    c = (12 - s % 11) % 11
    return 'X' if c == 10 else str(c)

def put(block, start, end, value):
    b = value.encode('utf-16-le')
    assert len(b) <= end - start, (value, start, end)
    b += ' '.encode('utf-16-le') * ((end - start - len(b)) // 2)
    block[start:end] = b

def text_block(fields, card_type=' '):
    t = bytearray(' '.encode('utf-16-le') * 128)
    for (start, end), value in fields.items():
        put(t, start, end, value)
    put(t, 248, 250, card_type)
    return bytes(t)

def photo():
    # placeholder, NOT a real WLT image: no open WLT encoder exists
    return bytes((i * 7 + 3) % 256 for i in range(1024))

def frame(sw3, data):
    body = bytes([0, 0, sw3]) + data
    length = len(body) + 1
    head = bytes([length >> 8, length & 0xFF])
    chk = 0
    for b in head + body:
        chk ^= b
    return bytes([0xAA, 0xAA, 0xAA, 0x96, 0x69]) + head + body + bytes([chk])

def reply(text, fp=None):
    ph = photo()
    if fp is None:
        data = bytes([1, 0, 4, 0]) + text + ph
    else:
        data = bytes([1, 0, 4, 0, len(fp) >> 8, len(fp) & 0xFF]) + text + ph + fp
    return frame(0x90, data)

def write(name, source, expect, f):
    with open(name, 'w', encoding='utf-8') as out:
        out.write('# source: ' + source + '\n')
        for k, v in expect:
            out.write('# ' + k + ': ' + v + '\n')
        for i in range(0, len(f), 16):
            out.write(' '.join('%02X' % b for b in f[i:i + 16]) + '\n')

resident_id = '11010519491231002' + iso7064('11010519491231002')
resident = text_block({(0, 30): '测试样本', (30, 32): '2', (32, 36): '01', (36, 52): '19491231',
                       (52, 122): '北京市东城区测试路1号', (122, 158): resident_id,
                       (158, 188): '北京市公安局东城分局', (188, 204): '20200101', (204, 220): '长期'})
common = ('synthesised by make-read-text-fixtures.py from made-up card data (no real person); '
          'layout per PROTOCOLS.md section 1; photo block is a placeholder byte pattern, not WLT')
resident_expect = [('kind', 'response'), ('sw', '00 00 90'), ('text.type', 'resident'),
                   ('text.name', '测试样本'), ('text.sex', 'FEMALE'), ('text.nation', '01'),
                   ('text.birth', '1949-12-31'), ('text.address', '北京市东城区测试路1号'),
                   ('text.number', resident_id), ('text.authority', '北京市公安局东城分局'),
                   ('text.validFrom', '2020-01-01'), ('text.validTo', 'long-term'),
                   ('photo.length', '1024'), ('frame.length', '1295')]
write('read-text-ok.hex', 'resident ID card reply to 30 01; ' + common, resident_expect, reply(resident))
write('read-text-fingerprint-none.hex', 'reply to 30 10 from a card without fingerprint data (third length word 0, 1,297 bytes); ' + common,
      resident_expect[:-1] + [('fingerprint.length', '0'), ('frame.length', '1297')], reply(resident, b''))
fp = bytes((i * 13) % 256 for i in range(1024))
write('read-text-fingerprint.hex', 'reply to 30 10 with a 1,024-byte fingerprint block (2,321 bytes); fingerprint is a placeholder pattern; ' + common,
      resident_expect[:-1] + [('fingerprint.length', '1024'), ('frame.length', '2321')], reply(resident, fp))

permit_id = '81000019940823002' + iso7064('81000019940823002')
permit = text_block({(0, 30): '港澳样本', (30, 32): '1', (36, 52): '19940823',
                     (52, 122): '广东省深圳市福田区测试街2号', (122, 158): permit_id,
                     (158, 188): '深圳市公安局', (188, 204): '20190901', (204, 220): '20240901',
                     (220, 238): 'H12345678', (238, 242): '01'}, 'J')
write('read-text-permit-j.hex', 'Hong Kong/Macau/Taiwan residence permit (type J) reply to 30 01; ' + common,
      [('kind', 'response'), ('sw', '00 00 90'), ('text.type', 'permit'), ('text.name', '港澳样本'),
       ('text.sex', 'MALE'), ('text.birth', '1994-08-23'), ('text.number', permit_id),
       ('text.validFrom', '2019-09-01'), ('text.validTo', '2024-09-01'), ('text.pass', 'H12345678'),
       ('text.issueCount', '1'), ('photo.length', '1024'), ('frame.length', '1295')], reply(permit))

foreigner = text_block({(0, 120): 'SPECIMEN JANE', (120, 122): '2', (122, 152): 'GBR110079020102',
                        (152, 158): 'GBR', (158, 188): '样本', (188, 204): '20170315', (204, 220): '20270314',
                        (220, 236): '19790201', (236, 240): '01', (240, 248): '1100'}, 'I')
write('read-text-foreigner-i.hex', "foreigner's permanent residence card (type I) reply to 30 01; offsets derived, not confirmed on a card; " + common,
      [('kind', 'response'), ('sw', '00 00 90'), ('text.type', 'foreigner'), ('text.name', 'SPECIMEN JANE'),
       ('text.sex', 'FEMALE'), ('text.number', 'GBR110079020102'), ('text.nationality', 'GBR'),
       ('text.birth', '1979-02-01'), ('text.validFrom', '2017-03-15'), ('text.validTo', '2027-03-14'),
       ('photo.length', '1024'), ('frame.length', '1295')], reply(foreigner))
