namespace Keyplan.Web.Notifications;

/// <summary>Tells the bell of the same circuit to count again when the notifications page marked some read.</summary>
public sealed class NotificationSignal
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
