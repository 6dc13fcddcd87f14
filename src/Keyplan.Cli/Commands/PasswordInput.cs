using System.Text;

namespace Keyplan.Cli.Commands;

/// <summary>Reads a password without it showing up in the shell history or on screen.</summary>
internal static class PasswordInput
{
    /// <returns>The password, or null with <paramref name="problem"/> set.</returns>
    public static string? Read(CliContext context, bool fromStandardInput, out string problem)
    {
        problem = "";
        if (fromStandardInput || !context.InputIsTerminal)
        {
            var line = context.Input.ReadLine();
            if (line is null)
            {
                problem = "No password on standard input.";
            }

            return line;
        }

        var password = Prompt(context.Error, "Password: ");
        if (Prompt(context.Error, "Repeat password: ") != password)
        {
            problem = "The passwords do not match.";
            return null;
        }

        return password;
    }

    /// <summary>Reads keys without echo; the prompt goes to stderr so stdout keeps only the result.</summary>
    private static string Prompt(TextWriter error, string prompt)
    {
        error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
