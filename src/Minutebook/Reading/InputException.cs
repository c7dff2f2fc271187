namespace Minutebook.Reading;

/// <summary>A source that cannot be read. The message is one line naming the reason; the file is kept beside it.</summary>
public sealed class InputException(string file, string reason) : Exception($"{file}: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
