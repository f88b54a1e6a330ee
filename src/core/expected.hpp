// A value or the reason there is none. The core never throws on bad user
// input: every caller must decide how to show the problem (a Calc error
// value, a finding, a line of the report).
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "problem.hpp"

namespace perfeval {

template <class T>
class Expected {
public:
    Expected(T value) : state_(std::move(value)) {}
    Expected(Problem problem) : state_(problem) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const {
        assert(ok());
        return std::get<0>(state_);
    }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    Problem problem() const {
        assert(!ok());
        return std::get<1>(state_);
    }

private:
    std::variant<T, Problem> state_;
};

}  // namespace perfeval
