#pragma once

#include <nlohmann/json_fwd.hpp>

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wizard::planjson {

struct JsonMember;

// One value of a JsonDocument: the part of nlohmann::json's reading interface the plan
// reader uses, with the same answers (type names, integer kinds, members in key order,
// the last of duplicate members). Values are small and owned by their document.
class JsonValue
{
public:
    enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    Kind kind() const { return m_kind; }
    bool is_null() const { return m_kind == Kind::Null; } // NOLINT(readability-identifier-naming): nlohmann's names
    bool is_boolean() const { return m_kind == Kind::Boolean; } // NOLINT(readability-identifier-naming)
    bool is_number_integer() const { return m_kind == Kind::Integer || m_kind == Kind::Unsigned; } // NOLINT
    bool is_string() const { return m_kind == Kind::String; } // NOLINT(readability-identifier-naming)
    bool is_array() const { return m_kind == Kind::Array; } // NOLINT(readability-identifier-naming)
    bool is_object() const { return m_kind == Kind::Object; } // NOLINT(readability-identifier-naming)
    // nlohmann's type_name(): "null", "boolean", "number", "string", "array" or "object".
    const char *type_name() const; // NOLINT(readability-identifier-naming)

    bool boolean() const { return m_boolean; }
    // As nlohmann's get<long long>(): an unsigned value above the range wraps.
    long long integer() const { return m_kind == Kind::Unsigned ? static_cast<long long>(m_unsigned) : m_integer; }
    std::uint64_t unsignedInteger() const { return m_unsigned; }
    std::string_view string() const { return {m_text, m_size}; } // UTF-8, escapes decoded

    std::span<const JsonValue> elements() const; // an array's
    std::span<const JsonMember> members() const; // an object's, in key order (bytewise), no duplicates
    const JsonValue *find(std::string_view key) const; // nullptr if absent

private:
    friend class JsonDocument;
    friend class JsonParser;
    Kind m_kind = Kind::Null;
    bool m_boolean = false;
    std::uint32_t m_size = 0; // bytes of a string, elements or members
    union {
        long long m_integer = 0;
        std::uint64_t m_unsigned;
        const char *m_text;
        const JsonValue *m_elements;
        const JsonMember *m_members;
    };
};

struct JsonMember
{
    std::string_view key;
    JsonValue value;
};

// A parsed JSON text, read-only. Strings without escapes point into the parsed bytes,
// which must outlive the document.
class JsonDocument
{
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(JsonDocument &&other) noexcept;
    JsonDocument &operator=(JsonDocument &&other) noexcept;
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    // Parses RFC 8259 JSON as nlohmann::json::parse accepts it and gives the same
    // values; false on any text it does not take, on a byte order mark (which nlohmann
    // skips), and past the JsonLimitScanner's limits, counted as it counts them (so a
    // text parsed here would pass the scanner). Says nothing of why: the caller asks
    // the scanner and nlohmann, whose error positions the messages are made of.
    bool parse(QByteArrayView json);
    // The same document from nlohmann's DOM (copies every string).
    static JsonDocument fromNlohmann(const nlohmann::json &root);

    const JsonValue &root() const { return m_root; }

private:
    friend class JsonParser;
    void *allocate(std::size_t bytes, std::size_t alignment);
    static JsonValue copyOf(const nlohmann::json &value, JsonDocument &document);
    static std::string_view copyText(const std::string &text, JsonDocument &document);

    JsonValue m_root;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_free = nullptr;
    std::size_t m_freeBytes = 0;
};

} // namespace wizard::planjson
