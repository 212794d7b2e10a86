namespace Mdm.Matching.Normalization;

/// <summary>
/// A phonetic key for blocking: a simplified primary code in the spirit of Double Metaphone, written here so that it is
/// small, deterministic and ordinal. Vowels count only at the start (as <c>A</c>); consonants map to sound classes
/// (<c>ph</c>, <c>v</c> → <c>F</c>; <c>c</c>, <c>k</c>, <c>q</c> → <c>K</c>; <c>ch</c>, <c>sh</c> → <c>X</c>;
/// <c>th</c> → <c>T</c>); silent letters (<c>kn</c>, <c>wr</c>, <c>gh</c> after a vowel, <c>h</c> not between vowels)
/// drop; a code repeated without a vowel between is kept once. So <c>smith</c>, <c>smyth</c> and <c>schmidt</c> share
/// <c>SMT</c>, <c>catherine</c> and <c>kathryn</c> share <c>KTRN</c>.
/// </summary>
public static class Phonetic
{
    /// <summary>
    /// Encodes a folded name (<see cref="TextFolding.Fold"/>) word by word, codes separated by a space
    /// (<c>van beethoven</c> → <c>FN PTFN</c>). Only the letters a–z are read; when there are none (a name in another
    /// script) the input is returned unchanged, so that it still blocks exactly.
    /// </summary>
    public static string Encode(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        Span<char> letters = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        var size = folded.Length * 2 + 1;
        var writer = new CodeWriter(size <= 256 ? stackalloc char[size] : new char[size]);
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] != ' ')
            {
                continue;
            }
            var count = 0;
            foreach (var c in folded.AsSpan(start, i - start))
            {
                if (char.IsAsciiLetterLower(c))
                {
                    letters[count++] = c;
                }
            }
            if (count > 0)
            {
                writer.StartWord();
                EncodeWord(letters[..count], ref writer);
            }
            start = i + 1;
        }
        return writer.Length == 0 ? folded : writer.ToString();
    }

    private static void EncodeWord(ReadOnlySpan<char> w, ref CodeWriter writer)
    {
        var i = 0;
        if (w.Length > 1 && (w is ['k' or 'g' or 'p', 'n', ..] || w is ['w', 'r', ..] || w is ['p', 's', ..]))
        {
            i = 1;
        }
        else if (w is ['x', ..])
        {
            writer.Emit('S');
            i = 1;
        }
        else if (w is ['w', 'h', ..])
        {
            writer.Emit('W');
            i = 2;
        }
        else if (IsVowel(w[0]) && !(w is ['y', var second, ..] && IsVowel(second)))
        {
            writer.Emit('A');
            i = 1;
        }
        while (i < w.Length)
        {
            i += EncodeLetter(w, i, ref writer);
        }
    }

    /// <summary>Emits the code of the letter at <paramref name="i"/>; returns how many letters it consumed.</summary>
    private static int EncodeLetter(ReadOnlySpan<char> w, int i, ref CodeWriter writer)
    {
        var c = w[i];
        var prev = i > 0 ? w[i - 1] : '\0';
        var next = At(w, i + 1);
        var after = At(w, i + 2);
        if (c == prev && c != 'c')
        {
            return 1; // double letters sound once
        }
        switch (c)
        {
            case 'a' or 'e' or 'i' or 'o' or 'u':
                writer.Vowel();
                return 1;
            case 'y':
                return i == 0 && IsVowel(next) ? writer.Emit('Y', 1) : writer.Vowel();
            case 'b':
                return prev == 'm' && i == w.Length - 1 ? 1 : writer.Emit('P', 1);
            case 'c' when next == 'h':
                var hard = after is 'r' or 'l' || (i == 0 && !IsVowel(after));
                return writer.Emit(hard ? 'K' : 'X', 2);
            case 'c':
                return next is 'e' or 'i' or 'y' ? writer.Emit('S', 1) : writer.Emit('K', next is 'k' or 'q' ? 2 : 1);
            case 'd':
                return next == 'g' && after is 'e' or 'i' or 'y' ? writer.Emit('J', 2) : writer.Emit('T', 1);
            case 'f' or 'v':
                return writer.Emit('F', 1);
            case 'g' when next == 'h':
                return i > 0 && IsVowel(prev) ? 2 : writer.Emit('K', 2);
            case 'g':
                return next is 'e' or 'i' or 'y' ? writer.Emit('J', 1) : writer.Emit('K', 1);
            case 'h':
                return (i == 0 || IsVowel(prev)) && IsVowel(next) ? writer.Emit('H', 1) : 1;
            case 'p':
                return next == 'h' ? writer.Emit('F', 2) : writer.Emit('P', 1);
            case 'q':
                return writer.Emit('K', 1);
            case 's' when next == 'h':
                return writer.Emit('X', 2);
            case 's' when next == 'c' && after == 'h':
                // German "sch" before a consonant sounds like s: schmidt ~ smith, schneider ~ snyder.
                return writer.Emit(IsVowel(At(w, i + 3)) ? 'X' : 'S', 3);
            case 's' or 't' when next == 'i' && after is 'o' or 'a':
                return writer.Emit('X', 2);
            case 't' when next == 'h':
                return writer.Emit('T', 2);
            case 't' when next == 'c' && after == 'h':
                return 1;
            case 'w':
                return IsVowel(next) ? writer.Emit('W', 1) : 1;
            case 'x':
                writer.Emit('K');
                return writer.Emit('S', 1);
            case 'z':
                return writer.Emit('S', 1);
            default: // j, k, l, m, n, r, s, t
                return writer.Emit(char.ToUpperInvariant(c), 1);
        }
    }

    private static char At(ReadOnlySpan<char> w, int i) => i < w.Length ? w[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private ref struct CodeWriter(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private bool _vowelSinceLast;
        private int _wordStart;

        public int Length { get; private set; }

        public void StartWord()
        {
            if (Length > 0)
            {
                _buffer[Length++] = ' ';
            }
            _wordStart = Length;
            _vowelSinceLast = false;
        }

        public int Vowel()
        {
            _vowelSinceLast = true;
            return 1;
        }

        public void Emit(char code)
        {
            if (_vowelSinceLast || Length == _wordStart || _buffer[Length - 1] != code)
            {
                _buffer[Length++] = code;
            }
            _vowelSinceLast = false;
        }

        public int Emit(char code, int consumed)
        {
            Emit(code);
            return consumed;
        }

        public override readonly string ToString() => new(_buffer[..Length]);
    }
}
