using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// A PostgreSQL row read the way SQLite's reader reads it: whole numbers and flags convert between widths and to
/// booleans (<c>count(*)</c> is a bigint here, a flag is 0/1 or a boolean), so one row mapping serves both stores.
/// Everything else passes through to the Npgsql reader.
/// </summary>
internal sealed class LenientReader(DbDataReader inner) : DbDataReader
{
    public override bool GetBoolean(int ordinal) => inner.GetValue(ordinal) switch
    {
        bool flag => flag,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    public override short GetInt16(int ordinal) => Convert.ToInt16(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal) => Convert.ToInt32(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => Convert.ToInt64(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal) => Convert.ToDouble(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override float GetFloat(int ordinal) => Convert.ToSingle(inner.GetValue(ordinal), CultureInfo.InvariantCulture);

    public override T GetFieldValue<T>(int ordinal) => typeof(T) == typeof(bool) ? (T)(object)GetBoolean(ordinal)
        : typeof(T) == typeof(int) ? (T)(object)GetInt32(ordinal)
        : typeof(T) == typeof(long) ? (T)(object)GetInt64(ordinal)
        : inner.GetFieldValue<T>(ordinal);

    public override object this[int ordinal] => inner[ordinal];
    public override object this[string name] => inner[name];
    public override int Depth => inner.Depth;
    public override int FieldCount => inner.FieldCount;
    public override bool HasRows => inner.HasRows;
    public override bool IsClosed => inner.IsClosed;
    public override int RecordsAffected => inner.RecordsAffected;
    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
    public override char GetChar(int ordinal) => inner.GetChar(ordinal);
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
    public override IEnumerator GetEnumerator() => inner.GetEnumerator();
    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
    public override string GetName(int ordinal) => inner.GetName(ordinal);
    public override int GetOrdinal(string name) => inner.GetOrdinal(name);
    public override string GetString(int ordinal) => inner.GetString(ordinal);
    public override object GetValue(int ordinal) => inner.GetValue(ordinal);
    public override int GetValues(object[] values) => inner.GetValues(values);
    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);
    public override bool NextResult() => inner.NextResult();
    public override bool Read() => inner.Read();
}
