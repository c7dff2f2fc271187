namespace Minutebook.Model;

public static class Severity
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Error = "error";
}

/// <summary>Something wrong, or worth a second look, in the papers themselves.</summary>
public sealed record Finding(string Kind, string Severity, string Message, SourceRef? Source);
