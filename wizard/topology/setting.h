#pragma once

#include <utility>

namespace wizard {

// RULEBOOK §1: every captured value is known, unknown (not captured / absent from
// imported output) or not applicable (the property does not exist on that version).
enum class SettingState { Unknown, Known, NotApplicable };

template <typename T> class Setting
{
public:
    Setting() = default;
    Setting(T value) // NOLINT(google-explicit-constructor): a known value reads naturally
        : m_state(SettingState::Known)
        , m_value(std::move(value))
    { }

    static Setting unknown() { return Setting(); }
    static Setting notApplicable()
    {
        Setting s;
        s.m_state = SettingState::NotApplicable;
        return s;
    }

    SettingState state() const { return m_state; }
    bool isKnown() const { return m_state == SettingState::Known; }
    bool isUnknown() const { return m_state == SettingState::Unknown; }
    bool isNotApplicable() const { return m_state == SettingState::NotApplicable; }

    // Precondition: isKnown(). Otherwise returns a default-constructed T.
    const T &value() const { return m_value; }
    T valueOr(T fallback) const { return isKnown() ? m_value : std::move(fallback); }

    void set(T value)
    {
        m_state = SettingState::Known;
        m_value = std::move(value);
    }
    void setUnknown() { *this = Setting(); }
    void setNotApplicable() { *this = notApplicable(); }

    // Equality ignores the stored value unless known (the value is reset anyway).
    friend bool operator==(const Setting &a, const Setting &b)
    {
        return a.m_state == b.m_state && (a.m_state != SettingState::Known || a.m_value == b.m_value);
    }

private:
    SettingState m_state = SettingState::Unknown;
    T m_value{};
};

} // namespace wizard
