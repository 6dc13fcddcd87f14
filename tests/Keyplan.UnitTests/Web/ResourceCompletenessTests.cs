using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.Json;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web;

namespace Keyplan.UnitTests.Web;

/// <summary>Every UI text exists in English, German and Dutch, and every field of a plan section has a name for the conflict view.</summary>
public sealed class ResourceCompletenessTests
{
    private static readonly ResourceManager Texts = new("Keyplan.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static HashSet<string> KeysIn(CultureInfo culture) =>
        [.. Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Theory]
    [InlineData("de")]
    [InlineData("nl")]
    public void EveryUiText_IsTranslated_AndNoTranslationIsOrphaned(string language)
    {
        var english = KeysIn(CultureInfo.InvariantCulture);
        var translated = KeysIn(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Except(translated).Order());
        Assert.Empty(translated.Except(english).Order());
    }

    [Fact]
    public void EveryFieldOfEverySection_HasANameForTheConflictView()
    {
        // Ids never show: the conflict view names an item by its title.
        var fields = SectionCatalog.All.SelectMany(s => FieldNames(s.ContentType)).Where(f => f != "id").Distinct().Order().ToList();
        var english = KeysIn(CultureInfo.InvariantCulture);

        var unnamed = fields.Where(f => !english.Contains("Field." + f)).ToList();
        Assert.True(unnamed.Count == 0, "No Field.* text for: " + string.Join(", ", unnamed));
    }

    /// <summary>The JSON names of a record's properties and of the records in them, as the conflict view shows their path.</summary>
    private static IEnumerable<string> FieldNames(Type type, HashSet<Type>? seen = null)
    {
        seen ??= [];
        if (!seen.Add(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            yield return JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var inner = ElementType(property.PropertyType);
            if (inner.Namespace?.StartsWith("Keyplan", StringComparison.Ordinal) == true && inner.IsClass)
            {
                foreach (var name in FieldNames(inner, seen))
                {
                    yield return name;
                }
            }
        }
    }

    private static Type ElementType(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : type;
}
