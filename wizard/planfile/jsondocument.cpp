// The plan loader's JSON document: values, their look-ups, the blocks they live in,
// and a copy of nlohmann's DOM for the texts the parser (jsonparser.cpp) leaves to it.
#include "jsondocument.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <new>

namespace wizard::planjson {

const char *JsonValue::type_name() const
{
    switch (m_kind) {
    case Kind::Null:
        return "null";
    case Kind::Boolean:
        return "boolean";
    case Kind::Integer:
    case Kind::Unsigned:
    case Kind::Float:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Array:
        return "array";
    case Kind::Object:
        return "object";
    }
    return "null";
}

std::span<const JsonValue> JsonValue::elements() const
{
    if (m_kind != Kind::Array)
        return {};
    return {m_elements, m_size};
}

std::span<const JsonMember> JsonValue::members() const
{
    if (m_kind != Kind::Object)
        return {};
    return {m_members, m_size};
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    // Plan objects have at most about twenty members: a scan beats a binary search.
    for (const JsonMember &m : members()) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

JsonDocument::JsonDocument() = default;
JsonDocument::~JsonDocument() = default;
JsonDocument::JsonDocument(JsonDocument &&) noexcept = default;
JsonDocument &JsonDocument::operator=(JsonDocument &&) noexcept = default;

void *JsonDocument::allocate(std::size_t bytes, std::size_t alignment)
{
    const std::size_t pad = (alignment - reinterpret_cast<std::uintptr_t>(m_free) % alignment) % alignment;
    if (!m_free || pad + bytes > m_freeBytes) {
        constexpr std::size_t blockBytes = std::size_t(256) * 1024;
        const std::size_t size = std::max(blockBytes, bytes + alignment);
        m_blocks.push_back(std::unique_ptr<std::byte[]>(new std::byte[size])); // uninitialized
        m_free = m_blocks.back().get();
        m_freeBytes = size;
        return allocate(bytes, alignment);
    }
    void *p = m_free + pad;
    m_free += pad + bytes;
    m_freeBytes -= pad + bytes;
    return p;
}

JsonValue JsonDocument::copyOf(const nlohmann::json &value, JsonDocument &document)
{
    JsonValue out;
    switch (value.type()) {
    case nlohmann::json::value_t::boolean:
        out.m_kind = JsonValue::Kind::Boolean;
        out.m_boolean = value.get<bool>();
        break;
    case nlohmann::json::value_t::number_integer:
        out.m_kind = JsonValue::Kind::Integer;
        out.m_integer = value.get<long long>();
        break;
    case nlohmann::json::value_t::number_unsigned:
        out.m_kind = JsonValue::Kind::Unsigned;
        out.m_unsigned = value.get<std::uint64_t>();
        break;
    case nlohmann::json::value_t::number_float:
        out.m_kind = JsonValue::Kind::Float;
        break;
    case nlohmann::json::value_t::string: {
        const std::string_view text = copyText(value.get_ref<const std::string &>(), document);
        out.m_kind = JsonValue::Kind::String;
        out.m_text = text.data();
        out.m_size = std::uint32_t(text.size());
        break;
    }
    case nlohmann::json::value_t::array: {
        auto *elements = static_cast<JsonValue *>(
            document.allocate(std::max<std::size_t>(value.size(), 1) * sizeof(JsonValue), alignof(JsonValue)));
        std::size_t i = 0;
        for (const nlohmann::json &element : value)
            new (&elements[i++]) JsonValue(copyOf(element, document));
        out.m_kind = JsonValue::Kind::Array;
        out.m_size = std::uint32_t(value.size());
        out.m_elements = elements;
        break;
    }
    case nlohmann::json::value_t::object: {
        auto *members = static_cast<JsonMember *>(
            document.allocate(std::max<std::size_t>(value.size(), 1) * sizeof(JsonMember), alignof(JsonMember)));
        std::size_t i = 0;
        for (auto it = value.begin(); it != value.end(); ++it, ++i)
            new (&members[i]) JsonMember{copyText(it.key(), document), copyOf(it.value(), document)};
        out.m_kind = JsonValue::Kind::Object;
        out.m_size = std::uint32_t(value.size());
        out.m_members = members;
        break;
    }
    default: // null, and the binary and discarded values that JSON text never gives
        break;
    }
    return out;
}

std::string_view JsonDocument::copyText(const std::string &text, JsonDocument &document)
{
    auto *copy = static_cast<char *>(document.allocate(std::max<std::size_t>(text.size(), 1), 1));
    std::copy_n(text.data(), text.size(), copy);
    return {copy, text.size()};
}

JsonDocument JsonDocument::fromNlohmann(const nlohmann::json &root)
{
    JsonDocument document;
    document.m_root = copyOf(root, document);
    return document;
}

} // namespace wizard::planjson
