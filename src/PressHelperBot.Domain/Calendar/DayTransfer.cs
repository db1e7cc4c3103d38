namespace PressHelperBot.Domain.Calendar;

// A day off moved to another day: `From` (a Saturday or Sunday, or a holiday that fell on one) is
// rested on `To` instead. When `From` is an ordinary weekend day, people work on it: a working Saturday.
public readonly record struct DayTransfer(DateOnly From, DateOnly To);
