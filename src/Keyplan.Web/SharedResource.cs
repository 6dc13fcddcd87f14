namespace Keyplan.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource(.de|.nl).resx; inject IStringLocalizer&lt;SharedResource&gt;.</summary>
public sealed class SharedResource;
