using System.Globalization;
using Supervision.Engine.Trail.Canonical;

namespace Supervision.Engine.Tests.Trail.Canonical;

/// <summary>RFC 8785 Appendix B: IEEE-754 doubles (as hex) and their canonical text.</summary>
public sealed class CanonicalNumberTests
{
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void Doubles_are_written_as_rfc_8785_appendix_b_lists(string ieee, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(long.Parse(ieee, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        Assert.Equal(expected, CanonicalNumber.Format(value));
        Assert.Equal(expected, CanonicalNumber.Format(value.ToString("R", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("460000", "460000")]
    [InlineData("-0", "0")]
    [InlineData("0.0550", "0.055")]
    [InlineData("1.50", "1.5")]
    [InlineData("15E-1", "1.5")]
    [InlineData("100.000", "100")]
    [InlineData("1e21", "1e+21")]
    [InlineData("0.0000001", "1e-7")]
    public void Literals_as_the_engine_and_other_tools_write_them_read_as_the_same_number(string literal, string expected)
    {
        Assert.Equal(expected, CanonicalNumber.Format(literal));
    }
}
