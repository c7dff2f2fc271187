namespace Minutebook.Recognising.Tables;

/// <summary>The row-label rule of <see cref="RowRoles"/>, for the extractors and checks.</summary>
public static class RowRolesAccess
{
    /// <summary>The row's label: its first text cell before the figures, skipping row codes ("A", "1").</summary>
    public static string? Label(List<string> row, int firstFigure) => RowRoles.Label(row, firstFigure);

    /// <summary>Letters and digits only, lower case: how labels are compared across rows.</summary>
    public static string Normalise(string s) => TableBuilder.Normalise(s);
}
