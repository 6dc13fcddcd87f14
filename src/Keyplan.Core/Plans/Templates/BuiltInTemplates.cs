using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Plans.Templates;

/// <summary>
/// The full and light templates of SPEC §2. They are seeded by the migrations (model data), so every database has them
/// with the same ids; plans created before templates existed were mapped to them by kind.
/// </summary>
public static class BuiltInTemplates
{
    public const int FullId = 1;
    public const int LightId = 2;

    /// <summary>The built-ins have one version each, with the same id as the template.</summary>
    public static int TemplateId(PlanTemplateKind kind) => kind == PlanTemplateKind.Light ? LightId : FullId;

    public static int VersionId(PlanTemplateKind kind) => TemplateId(kind);

    public static TemplateDefinition Definition(PlanTemplateKind kind) => new(
        SectionCatalog.All.Where(s => kind == PlanTemplateKind.Full || s.InLightTemplate).Select(s => new TemplateSection(s.Key, [])).ToList());

    internal static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static IEnumerable<PlanTemplate> Templates() =>
    [
        new() { Id = FullId, Name = nameof(PlanTemplateKind.Full), BasedOn = PlanTemplateKind.Full, BuiltIn = true, Version = 1 },
        new() { Id = LightId, Name = nameof(PlanTemplateKind.Light), BasedOn = PlanTemplateKind.Light, BuiltIn = true, Version = 1 },
    ];

    internal static IEnumerable<PlanTemplateVersion> Versions() =>
    [
        new() { Id = FullId, TemplateId = FullId, Number = 1, CreatedAt = SeededAt, Definition = Definition(PlanTemplateKind.Full).ToJson() },
        new() { Id = LightId, TemplateId = LightId, Number = 1, CreatedAt = SeededAt, Definition = Definition(PlanTemplateKind.Light).ToJson() },
    ];
}
