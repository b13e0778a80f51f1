/// Wraps text to a width in terminal columns, at word boundaries, line by line.
///
/// A list item keeps its continuation lines under its text (a hanging indent): the
/// indent is the line's leading spaces plus its marker, where a marker is `- `, `* `,
/// `• `, `[n] `, `n) ` or `n. `. A line that fits is left exactly as it is; in a line
/// that is wrapped, runs of spaces between words become one. A word wider than the room
/// left for it is cut at the width (a long URL), never elsewhere. Widths count terminal
/// columns: ANSI escape sequences count zero, combining marks zero, East Asian wide
/// characters two. Pure and thread-safe.
public struct TextWrapper: Sendable {
    public let width: Int

    public init(width: Int) { self.width = max(1, width) }

    /// Every line of `text` wrapped, joined with newlines.
    public func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(line: $0) }
            .joined(separator: "\n")
    }

    /// One line (without a newline) as one or more lines of at most `width` columns.
    public func wrap(line: Substring) -> [String] {
        if Self.columns(line) <= width { return [String(line)] }
        var indent = Self.hangingIndent(line)
        if indent > width / 2 { indent = 0 }
        let prefixEnd = line.index(line.startIndex, offsetBy: Self.hangingPrefixLength(line))
        let head = String(line[..<prefixEnd])
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = head
        var column = Self.columns(head)
        var empty = true  // nothing but the prefix or indent on the current line
        for word in line[prefixEnd...].split(separator: " ") {
            let w = Self.columns(word)
            if !empty, column + 1 + w <= width {
                current += " " + word
                column += 1 + w
                continue
            }
            if !empty {
                lines.append(current)
                current = pad
                column = indent
            }
            var rest = Substring(word)
            var restWidth = w
            while column + restWidth > width, column < width {
                let (piece, remainder) = Self.split(rest, columns: width - column)
                lines.append(current + piece)
                current = pad
                column = indent
                rest = remainder
                restWidth = Self.columns(rest)
            }
            current += rest
            column += restWidth
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// Columns of the continuation lines' indent: leading spaces plus a list marker.
    public static func hangingIndent(_ line: Substring) -> Int {
        hangingPrefixLength(line)  // spaces and markers are one column per character
    }

    /// Characters of leading spaces plus list marker (and the space after it).
    static func hangingPrefixLength(_ line: Substring) -> Int {
        let spaces = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(spaces)
        for marker in ["- ", "* ", "• "] where rest.hasPrefix(marker) { return spaces + marker.count }
        let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber).count
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !inside.isEmpty, inside.allSatisfy(\.isNumber), after.hasPrefix(" ") {
                return spaces + inside.count + 3
            }
        }
        if digits > 0, digits <= 3 {
            let after = rest.dropFirst(digits)
            if after.hasPrefix(") ") || after.hasPrefix(". ") { return spaces + digits + 2 }
        }
        return spaces
    }

    /// The longest prefix of `word` that fits in `columns` (at least one character),
    /// and the rest.
    static func split(_ word: Substring, columns limit: Int) -> (Substring, Substring) {
        var used = 0
        var end = word.startIndex
        while end < word.endIndex {
            let c = columns(of: word[end])
            if used + c > limit, end > word.startIndex { break }
            used += c
            end = word.index(after: end)
        }
        return (word[..<end], word[end...])
    }

    /// Display columns of `text` in a terminal.
    public static func columns(_ text: some StringProtocol) -> Int {
        var total = 0
        var escape = EscapeState.none
        for scalar in text.unicodeScalars {
            switch escape {
            case .none:
                if scalar == "\u{1B}" { escape = .started; continue }
                total += columns(scalar)
            case .started:
                escape = scalar == "[" ? .csi : .none
            case .csi:
                if (0x40...0x7E).contains(scalar.value) { escape = .none }
            }
        }
        return total
    }

    private enum EscapeState { case none, started, csi }

    static func columns(of c: Character) -> Int { columns(String(c)) }

    /// 0 for controls, combining marks and format characters; 2 for East Asian wide and
    /// fullwidth characters and emoji; 1 otherwise.
    static func columns(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
