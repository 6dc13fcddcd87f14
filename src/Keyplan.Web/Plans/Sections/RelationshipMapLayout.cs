using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Accounts;

namespace Keyplan.Web.Plans.Sections;

/// <summary>A person placed on the map: the card's top-left corner and size in pixels.</summary>
/// <param name="Assessment">Null for a manager who is not in the buying center but connects people who are (drawn muted).</param>
public sealed record MapCard(ContactDetails Contact, StakeholderAssessment? Assessment, double X, double Y, double Width, double Height)
{
    public bool IsAssessed => Assessment is not null;
}

/// <summary>
/// Where the relationship map draws each person and the reports-to lines between them. The tree comes from the contacts'
/// reports-to links (<see cref="ContactHierarchy"/>) cut down to the buying center and the managers who connect it; it is
/// drawn top-down, parents centred over their reports, several reports without reports of their own stacked in one
/// column so a typical buying center stays narrow enough for the page and for print. Influence decides the card size.
/// </summary>
public sealed record RelationshipMapLayout(IReadOnlyList<MapCard> Cards, IReadOnlyList<string> Lines, double Width, double Height)
{
    public const double SlotWidth = 224;
    public const double RowHeight = 160;
    public const double StackPitch = 132;
    public const double Margin = 8;

    /// <summary>Reports with no reports of their own are stacked once a manager has this many of them.</summary>
    public const int StackFrom = 3;

    private const double StackTrunk = 14;
    private const double StackIndent = 28;
    private const double Elbow = 16;

    public static readonly RelationshipMapLayout Empty = new([], [], 0, 0);

    public static (double Width, double Height) CardSize(StakeholderAssessment? assessment) => assessment switch
    {
        null => (160, 76),
        { Influence: InfluenceLevel.High } => (188, 124),
        { Influence: InfluenceLevel.Low } => (152, 108),
        _ => (170, 116),
    };

    /// <summary>Lays out the buying center (<paramref name="assessments"/>, by contact id) within the account's contacts.</summary>
    public static RelationshipMapLayout Build(IReadOnlyList<ContactDetails> contacts, IReadOnlyDictionary<int, StakeholderAssessment> assessments)
    {
        var roots = Tree(contacts, assessments.Keys.ToHashSet());
        if (roots.Count == 0)
        {
            return Empty;
        }

        var builder = new Builder(assessments);
        var slot = 0.0;
        foreach (var root in roots)
        {
            builder.Place(root, slot, Margin);
            slot += Slots(root);
        }

        // Reading order (top to bottom, left to right) is also the keyboard's tab order through the people.
        var cards = builder.Cards.OrderBy(c => c.Y).ThenBy(c => c.X).ToList();
        return new RelationshipMapLayout(cards, builder.Lines,
            (slot * SlotWidth) + (2 * Margin), cards.Max(c => c.Y + c.Height) + Margin);
    }

    /// <summary>
    /// The org chart of the buying center: everyone assessed, plus the managers needed to connect them, so every line
    /// on the map is a true reports-to line. Managers above the top-most assessed person or branching point connect
    /// nobody and are left out; orphans and several top people simply make several trees.
    /// </summary>
    public static IReadOnlyList<ContactNode> Tree(IReadOnlyList<ContactDetails> contacts, IReadOnlySet<int> assessed)
    {
        ContactNode? Keep(ContactNode node)
        {
            var reports = node.Reports.Select(Keep).OfType<ContactNode>().ToList();
            return assessed.Contains(node.Contact.Id) || reports.Count > 0 ? node with { Reports = reports } : null;
        }

        ContactNode Top(ContactNode node) =>
            !assessed.Contains(node.Contact.Id) && node.Reports.Count == 1 ? Top(node.Reports[0]) : node;

        return [.. ContactHierarchy.Build(contacts).Select(Keep).OfType<ContactNode>().Select(Top)];
    }

    private static bool Stacks(ContactNode node) => node.Reports.Count >= StackFrom && node.Reports.All(r => r.Reports.Count == 0);

    /// <summary>How many columns the node's subtree needs.</summary>
    private static double Slots(ContactNode node) =>
        node.Reports.Count == 0 || Stacks(node) ? 1 : node.Reports.Sum(Slots);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed class Builder(IReadOnlyDictionary<int, StakeholderAssessment> assessments)
    {
        public List<MapCard> Cards { get; } = [];
        public List<string> Lines { get; } = [];

        /// <summary>Places the subtree from column <paramref name="slot"/> at height <paramref name="y"/>; returns the node's card.</summary>
        public MapCard Place(ContactNode node, double slot, double y)
        {
            var assessment = assessments.GetValueOrDefault(node.Contact.Id);
            var (width, height) = CardSize(assessment);
            double centre;
            var below = y + RowHeight;
            if (node.Reports.Count == 0 || Stacks(node))
            {
                centre = Left(slot) + (SlotWidth / 2);
            }
            else
            {
                var children = new List<MapCard>();
                var childSlot = slot;
                foreach (var report in node.Reports)
                {
                    children.Add(Place(report, childSlot, below));
                    childSlot += Slots(report);
                }

                centre = (Centre(children[0]) + Centre(children[^1])) / 2;
                foreach (var child in children)
                {
                    Lines.Add($"M{F(centre)} {F(y + height)} V{F(below - Elbow)} H{F(Centre(child))} V{F(below)}");
                }
            }

            var card = new MapCard(node.Contact, assessment, centre - (width / 2), y, width, height);
            Cards.Add(card);
            if (Stacks(node))
            {
                PlaceStack(node, card, slot, below);
            }

            return card;
        }

        /// <summary>Reports stacked in the manager's column, joined by a trunk on their left.</summary>
        private void PlaceStack(ContactNode node, MapCard manager, double slot, double y)
        {
            var trunk = Left(slot) + StackTrunk;
            var top = manager.Y + manager.Height;
            foreach (var report in node.Reports)
            {
                var assessment = assessments.GetValueOrDefault(report.Contact.Id);
                var (width, height) = CardSize(assessment);
                var card = new MapCard(report.Contact, assessment, Left(slot) + StackIndent, y, width, height);
                Cards.Add(card);
                Lines.Add($"M{F(Centre(manager))} {F(top)} V{F(top + Elbow)} H{F(trunk)} V{F(y + (height / 2))} H{F(card.X)}");
                y += StackPitch;
            }
        }

        private static double Left(double slot) => Margin + (slot * SlotWidth);

        private static double Centre(MapCard card) => card.X + (card.Width / 2);
    }
}
