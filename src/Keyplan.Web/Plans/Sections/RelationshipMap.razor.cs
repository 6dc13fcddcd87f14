using System.Globalization;
using Keyplan.Core.Plans.Sections;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed partial class RelationshipMap
{
    private readonly Dictionary<int, ElementReference> _buttons = [];

    /// <summary>Where each person is drawn.</summary>
    [Parameter, EditorRequired]
    public RelationshipMapLayout Layout { get; set; } = RelationshipMapLayout.Empty;

    /// <summary>Which buying-influence roles are held; the uncovered ones and those held only by opponents are flagged.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<InfluenceCoverage> Coverage { get; set; } = [];

    /// <summary>The name of our relationship owner (a user id of the plan's team).</summary>
    [Parameter, EditorRequired]
    public Func<string?, string?> OwnerName { get; set; } = _ => null;

    /// <summary>The contact whose panel is open.</summary>
    [Parameter]
    public int? SelectedId { get; set; }

    /// <summary>A person was clicked or chosen with Enter or Space.</summary>
    [Parameter]
    public EventCallback<int> Select { get; set; }

    /// <summary>Moves the keyboard focus to the person, e.g. when their panel closes.</summary>
    public async Task FocusAsync(int contactId)
    {
        if (_buttons.TryGetValue(contactId, out var button) && Layout.Cards.Any(c => c.Contact.Id == contactId))
        {
            await button.FocusAsync();
        }
    }

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Px(double value) => Num(value) + "px";

    /// <summary>"+2", "0", "−1" (with a real minus sign), or "?" when not assessed.</summary>
    public static string AttitudeSign(int? attitude) => attitude switch
    {
        null => "?",
        > 0 => "+" + attitude.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "\u2212" + (-attitude.Value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>The CSS key of an attitude: "m3" … "0" … "p3", or "unknown".</summary>
    public static string AttitudeKey(int? attitude) => attitude switch
    {
        null => "unknown",
        > 0 => "p" + attitude.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "m" + (-attitude.Value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    private string AttitudeName(int? attitude) =>
        attitude is null ? L["BuyingCenter.AttitudeUnknown"] : L[$"BuyingCenter.Attitude.{AttitudeKey(attitude)}"];

    private static string CardClass(MapCard card) => card.Assessment switch
    {
        null => "kp-map-muted",
        { } a => $"kp-att-{AttitudeKey(a.Attitude)} kp-map-{(a.Influence ?? InfluenceLevel.Medium).ToString().ToLowerInvariant()}",
    };

    /// <summary>What the card shows as colour, badges and icons, in words for screen readers (after the name and title).</summary>
    private string SpokenFacts(MapCard card)
    {
        var contact = card.Contact;
        var parts = new List<string> { string.Empty };
        if (card.Assessment is not { } a)
        {
            parts.Add(L["BuyingCenter.NotInBuyingCenter"]);
        }
        else
        {
            if (a.BuyingInfluences.Count > 0)
            {
                parts.Add(string.Join(", ", a.BuyingInfluences.Order().Select(i => L.EnumName(i))));
            }

            parts.Add(L["BuyingCenter.AttitudeSpoken", AttitudeSign(a.Attitude), AttitudeName(a.Attitude)]);
            if (a.Influence is { } influence)
            {
                parts.Add(L["BuyingCenter.InfluenceSpoken", L.EnumName(influence)]);
            }

            if (OwnerName(a.RelationshipOwnerUserId) is { } owner)
            {
                parts.Add(L["BuyingCenter.OwnerSpoken", owner]);
            }
        }

        if (!string.IsNullOrEmpty(contact.ReportsToName))
        {
            parts.Add(L["BuyingCenter.ReportsToSpoken", contact.ReportsToName]);
        }

        return string.Join(". ", parts) + ".";
    }
}
