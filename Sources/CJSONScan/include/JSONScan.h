#ifndef CAREERD_JSON_SCAN_H
#define CAREERD_JSON_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Writing a JSON string's bytes, in C because the scan for bytes to escape must test
/// sixteen bytes per step: Swift's `SIMD16<UInt8>` compares were 2-20 times slower here
/// than the word-at-a-time bit test they would replace, and appending each run to a
/// Swift array cost more than copying it (docs/PERFORMANCE.md, "Twentieth round").
/// A byte to escape is `"`, `\` or one below 0x20; bytes >= 0x80 are copied as they
/// are, so UTF-8 text is handled as bytes. Pure: each function reads and writes only
/// the ranges it is given.

/// The index of the first byte in `bytes[from..<count]` to escape, or `count`.
size_t careerd_json_first_escape(const uint8_t *bytes, size_t from, size_t count);

/// The size of `bytes[0..<count]` written as a JSON string, quotes included: `count` + 2,
/// one more for each byte written as `\n`, `\"` and the like, five more for each
/// written as `\u00XX`.
size_t careerd_json_string_size(const uint8_t *bytes, size_t count);

/// Writes `bytes[0..<count]` as a JSON string, quoted, at `out`, which has room for
/// `room` bytes. Returns the bytes written (`careerd_json_string_size`), or SIZE_MAX,
/// having written nothing past `out + room`, when they do not fit.
size_t careerd_json_write_string(uint8_t *out, size_t room, const uint8_t *bytes, size_t count);

#endif
