namespace PressHelperBot.StyleCheck.Text;

// Norm is lower case with ё folded to е; Stem is the Snowball stem of Norm (empty for numbers).
internal readonly record struct Token(int Start, int Length, string Raw, string Norm, string Stem, bool IsNumber)
{
    public int End => Start + Length;

    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Raw)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters >= 2;
        }
    }

    public bool IsCapitalized => Raw.Length > 0 && char.IsUpper(Raw[0]);

    public bool IsCyrillic => Norm.Length > 0 && Norm[0] is >= 'а' and <= 'я';
}
