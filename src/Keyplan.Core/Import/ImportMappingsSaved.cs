using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import;

public sealed record SavedImportMapping(int Id, string Name, ImportKind Kind, IReadOnlyDictionary<string, string> Mapping);

public sealed class SaveImportMappingRequest
{
    [Required, MaxLength(ImportMapping.NameMaxLength)]
    public string? Name { get; set; }

    public ImportKind Kind { get; set; }

    /// <summary>Field key → header.</summary>
    [Required]
    public Dictionary<string, string>? Mapping { get; set; }
}

/// <summary>The saved mappings, for everyone who may import.</summary>
public sealed class ListImportMappingsHandler(KeyplanDbContext db)
{
    public async Task<Result<List<SavedImportMapping>>> HandleAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var mappings = await db.ImportMappings.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        return mappings.Select(ToSaved).ToList();
    }

    internal static SavedImportMapping ToSaved(ImportMapping m) => new(m.Id, m.Name, m.Kind, ImportJson.Mapping(m.MappingJson));
}

/// <summary>Saves a mapping under its name; saving the same name and kind again replaces it.</summary>
public sealed class SaveImportMappingHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<SavedImportMapping>> HandleAsync(SaveImportMappingRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var errors = new ErrorCollector();
        errors.Merge(RequestValidation.Validate(request));
        foreach (var field in request.Mapping?.Keys ?? Enumerable.Empty<string>())
        {
            if (ImportFields.For(request.Kind).All(f => f.Key != field))
            {
                errors.AddPath($"mapping.{field}", ValidationText.ImportUnknownField);
            }
        }

        if (errors.ToFailure() is { } invalid)
        {
            return invalid;
        }

        var name = request.Name!.Trim();
        var mapping = await db.ImportMappings.SingleOrDefaultAsync(m => m.Kind == request.Kind && m.Name == name, cancellationToken);
        if (mapping is null)
        {
            mapping = new ImportMapping { Name = name, Kind = request.Kind, MappingJson = string.Empty };
            db.ImportMappings.Add(mapping);
        }

        mapping.MappingJson = ImportJson.Write(request.Mapping);
        mapping.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ListImportMappingsHandler.ToSaved(mapping);
    }
}
