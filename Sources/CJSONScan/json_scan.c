#include "JSONScan.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

static inline int needs_escape(uint8_t b) { return b < 0x20 || b == 0x22 || b == 0x5C; }

/// The bytes an escape adds to the one it replaces: `\n`-like forms one, `\u00XX` five.
static inline size_t escape_adds(uint8_t b) {
    switch (b) {
    case 0x22: case 0x5C: case 0x0A: case 0x0D: case 0x09: case 0x08: case 0x0C: return 1;
    default: return 5;
    }
}

size_t careerd_json_first_escape(const uint8_t *bytes, size_t from, size_t count) {
    size_t i = from;
#if defined(__SSE2__)
    // SSE2 compares bytes as signed; b <= 0x1F unsigned is min(b, 0x1F) == b.
    const __m128i control = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8(0x22);
    const __m128i backslash = _mm_set1_epi8(0x5C);
    for (; i + 16 <= count; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + i));
        __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, control), v);
        __m128i hit = _mm_or_si128(low, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        int mask = _mm_movemask_epi8(hit);
        if (mask) return i + (size_t)__builtin_ctz((unsigned)mask);
    }
#elif defined(__aarch64__)
    const uint8x16_t space = vdupq_n_u8(0x20), quote = vdupq_n_u8(0x22), backslash = vdupq_n_u8(0x5C);
    for (; i + 16 <= count; i += 16) {
        uint8x16_t v = vld1q_u8(bytes + i);
        uint8x16_t hit = vorrq_u8(vcltq_u8(v, space), vorrq_u8(vceqq_u8(v, quote), vceqq_u8(v, backslash)));
        if (vmaxvq_u8(hit)) break;
    }
#endif
    for (; i < count; i++) {
        if (needs_escape(bytes[i])) return i;
    }
    return count;
}

size_t careerd_json_string_size(const uint8_t *bytes, size_t count) {
    size_t size = count + 2, i = 0;
#if defined(__SSE2__)
    // Per block: the bytes to escape, and among them those with a two-byte form; every
    // other one takes six bytes. No branch per byte: answers have a newline every line.
    const __m128i control = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8(0x22);
    const __m128i backslash = _mm_set1_epi8(0x5C), nl = _mm_set1_epi8(0x0A), cr = _mm_set1_epi8(0x0D);
    const __m128i tab = _mm_set1_epi8(0x09), bs = _mm_set1_epi8(0x08), ff = _mm_set1_epi8(0x0C);
    for (; i + 16 <= count; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + i));
        __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, control), v);
        __m128i named = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
                                                  _mm_or_si128(_mm_cmpeq_epi8(v, tab),
                                                               _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, ff)))));
        unsigned all = (unsigned)_mm_movemask_epi8(_mm_or_si128(low, named));
        if (all) {
            unsigned two = (unsigned)_mm_movemask_epi8(named);
            size += (size_t)__builtin_popcount(two) + 5 * (size_t)__builtin_popcount(all & ~two);
        }
    }
#endif
    for (; i < count; i++) {
        if (needs_escape(bytes[i])) size += escape_adds(bytes[i]);
    }
    return size;
}

size_t careerd_json_write_string(uint8_t *out, size_t room, const uint8_t *bytes, size_t count) {
    static const char hex[] = "0123456789abcdef";
    size_t o = 0, run = 0;
    if (room < 2) return SIZE_MAX;
    out[o++] = '"';
    for (;;) {
        size_t i = careerd_json_first_escape(bytes, run, count);
        // The run before the escape (or the rest), then the escape, then the closing quote.
        if (i - run > room - o) return SIZE_MAX;
        memcpy(out + o, bytes + run, i - run);
        o += i - run;
        if (i == count) break;
        uint8_t b = bytes[i];
        size_t adds = escape_adds(b);
        if (adds + 1 > room - o) return SIZE_MAX;
        out[o++] = '\\';
        switch (b) {
        case 0x22: out[o++] = '"'; break;
        case 0x5C: out[o++] = '\\'; break;
        case 0x0A: out[o++] = 'n'; break;
        case 0x0D: out[o++] = 'r'; break;
        case 0x09: out[o++] = 't'; break;
        case 0x08: out[o++] = 'b'; break;
        case 0x0C: out[o++] = 'f'; break;
        default:
            out[o++] = 'u'; out[o++] = '0'; out[o++] = '0';
            out[o++] = (uint8_t)hex[b >> 4]; out[o++] = (uint8_t)hex[b & 0xF];
        }
        run = i + 1;
    }
    if (o >= room) return SIZE_MAX;
    out[o++] = '"';
    return o;
}
