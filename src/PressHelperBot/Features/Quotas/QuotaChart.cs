using System.Globalization;
using PressHelperBot.Domain.Quotas;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace PressHelperBot.Features.Quotas;

// The weekly report as a horizontal bar chart: per department the stories published (green when the
// target was met, red when missed, grey for a department not yet counted) next to its target, then
// each account behind its frequency or silent, next to its frequency.
internal static class QuotaChart
{
    public const int Width = 1000;
    public const int RowHeight = 56;
    public const int MinHeight = 320;
    public const int MaxHeight = 4000;
    public const int LabelLength = 40;

    private static readonly Color Met = Color.FromHex("#2E8B57");
    private static readonly Color Missed = Color.FromHex("#CD5C5C");
    private static readonly Color NotCounted = Color.FromHex("#A9A9A9");
    private static readonly Color Target = Color.FromHex("#D3D3D3");

    public static int HeightFor(int rows) => Math.Clamp(180 + (rows * RowHeight), MinHeight, MaxHeight);

    // One row of the chart: what went out next to what was expected.
    private sealed record Row(string Label, int Value, int Target, Color Color);

    // Departments first, then the accounts that are behind their frequency or silent (issue 13).
    public static byte[] Render(WeeklyReport report, QuotaNames names)
    {
        ChartFont.EnsureRegistered();
        var rows = report.Departments
            .Select(row => new Row(Shorten(NameOf(row.DepartmentId, names.Departments)), row.Published, row.Target, row.IsNew || row.Target == 0 ? NotCounted : row.Missed ? Missed : Met))
            .Concat(report.AccountsNeedingAttention.Select(account => new Row(Shorten(names.Account(account.AccountId)), account.Published, account.Frequency, Missed)))
            .ToList();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        var bars = new List<Bar>();
        var ticks = new List<Tick>();

        // The first row on top: ScottPlot counts positions from the bottom.
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var position = (rows.Count - 1 - i) * 3.0;
            bars.Add(Bar(position + 0.5, row.Value, row.Color));
            bars.Add(Bar(position - 0.5, row.Target, Target));
            ticks.Add(new Tick(position, row.Label));
        }

        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontName = ChartFont.Name;
        series.ValueLabelStyle.FontSize = 14;

        plot.Axes.Left.TickGenerator = new NumericManual([.. ticks]);
        plot.Axes.Left.TickLabelStyle.FontName = ChartFont.Name;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericFixedInterval(1);
        plot.Axes.Bottom.TickLabelStyle.FontName = ChartFont.Name;
        plot.Axes.Bottom.Label.Text = "опубликовано за неделю";
        plot.Axes.Bottom.Label.FontName = ChartFont.Name;
        plot.Axes.Margins(left: 0, right: 0.12, bottom: 0.02, top: 0.02);
        plot.Title(QuotaTexts.ChartTitle(report), size: 18);
        plot.Axes.Title.Label.FontName = ChartFont.Name;
        plot.Grid.YAxisStyle.IsVisible = false;

        plot.Legend.FontName = ChartFont.Name;
        plot.Legend.FontSize = 14;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "выполнено", FillColor = Met });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "не выполнено", FillColor = Missed });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "норма", FillColor = Target });
        plot.ShowLegend(Edge.Bottom);

        return plot.GetImageBytes(Width, HeightFor(rows.Count), ImageFormat.Png);
    }

    public static string NameOf(int departmentId, IReadOnlyDictionary<int, string> names) =>
        names.TryGetValue(departmentId, out var name) ? name : "Отдел " + departmentId.ToString(CultureInfo.InvariantCulture);

    // Long official names would squeeze the bars into a strip; the text report has them in full.
    public static string Shorten(string name) => name.Length <= LabelLength ? name : name[..(LabelLength - 1)].TrimEnd() + "…";

    private static Bar Bar(double position, int value, Color color) => new()
    {
        Position = position,
        Value = value,
        Size = 0.9,
        FillColor = color,
        LineWidth = 0,
        Label = value.ToString(CultureInfo.InvariantCulture),
    };
}
