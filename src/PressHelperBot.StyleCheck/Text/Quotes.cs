namespace PressHelperBot.StyleCheck.Text;

internal static class Quotes
{
    // Marks characters inside «…», „…“ and "…" (nesting allowed). An unclosed quote stops at the
    // end of its paragraph, so one stray « does not hide the rest of the post.
    public static bool[] Mark(string text)
    {
        var marks = new bool[text.Length];
        var depth = 0;
        var straightOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n') { depth = 0; straightOpen = false; continue; }
            if (c is '«' or '„') depth++;
            else if (c is '»' or '“' && depth > 0) depth--;
            else if (c == '"') straightOpen = !straightOpen;
            marks[i] = depth > 0 || straightOpen;
        }
        return marks;
    }
}
