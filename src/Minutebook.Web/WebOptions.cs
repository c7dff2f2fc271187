using Minutebook.Web.Data;

namespace Minutebook.Web;

public sealed class WebOptions
{
    /// <summary>Where to listen. Loopback only by default: publishing the register is a deliberate act.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5000";
    /// <summary>The register's SQLite file; the web service keeps its accounts, action states and audit trail there.</summary>
    public string DbPath { get; set; } = "minutebook.db";
    /// <summary>The register to serve; a new in-memory register when null.</summary>
    public IRegister? Register { get; set; }
    public TimeProvider Clock { get; set; } = TimeProvider.System;
    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;
    /// <summary>Log requests and start-up to the console.</summary>
    public bool Verbose { get; set; }
}
