// The playground page: one Telegram-like chat per person, refreshed when the server says something
// changed (server-sent events). Plain DOM, no build step.
"use strict";

const state = { people: [], bot: "", generation: 0, chats: new Map(), active: null };
const colors = ["#e17076", "#7bc862", "#65aadd", "#a695e7", "#ee7aae", "#6ec9cb", "#faa774"];

const $ = (selector, root = document) => root.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

async function api(path, body) {
  const options = body === undefined ? {} : body instanceof FormData
    ? { method: "POST", body }
    : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch(path, options);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const type = response.headers.get("Content-Type") || "";
  return type.includes("json") ? response.json() : null;
}

// --- Deep links: https://t.me/<bot>?start=<code> opens as "/start <code>" for a new person.
function startCode(href) {
  try {
    const url = new URL(href, location.href);
    const host = url.hostname.replace(/^www\./, "");
    if ((host === "t.me" || host === "telegram.me") && url.pathname.replace(/\//g, "").toLowerCase() === state.bot.toLowerCase()) {
      return url.searchParams.get("start") ?? "";
    }
  } catch { /* not a URL */ }
  return null;
}

function openLink(href) {
  const code = startCode(href);
  if (code !== null) {
    const dialog = $("#newcomer");
    dialog.dataset.start = code;
    $("#newcomer-start").textContent = code ? `/start ${code}` : "/start";
    dialog.showModal();
    return;
  }
  window.open(href, "_blank", "noopener");
}

// --- The bot's HTML, reduced to Telegram's formatting tags; everything else becomes text.
const allowed = new Set(["B", "STRONG", "I", "EM", "U", "INS", "S", "STRIKE", "DEL", "CODE", "PRE", "A", "BLOCKQUOTE", "TG-SPOILER", "SPAN", "BR"]);
function sanitize(html) {
  const source = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  const copy = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
    if (node.nodeType !== Node.ELEMENT_NODE) return document.createTextNode("");
    if (!allowed.has(node.tagName)) {
      const fragment = document.createDocumentFragment();
      node.childNodes.forEach((child) => fragment.append(copy(child)));
      return fragment;
    }
    const out = document.createElement(node.tagName === "TG-SPOILER" ? "span" : node.tagName.toLowerCase());
    if (node.tagName === "A") {
      const href = node.getAttribute("href") || "";
      if (/^(https?:|tg:)/i.test(href)) {
        out.href = href;
        out.addEventListener("click", (e) => { e.preventDefault(); openLink(href); });
      }
    }
    node.childNodes.forEach((child) => out.append(copy(child)));
    return out;
  };
  const fragment = document.createDocumentFragment();
  source.childNodes.forEach((child) => fragment.append(copy(child)));
  return fragment;
}

// Plain text with its links clickable (invite links included).
function linkify(text) {
  const fragment = document.createDocumentFragment();
  const pattern = /(https?:\/\/[^\s<>«»"]+|t\.me\/[^\s<>«»"]+)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const href = match[0].startsWith("http") ? match[0] : `https://${match[0]}`;
    fragment.append(el("a", { href, onclick: (e) => { e.preventDefault(); openLink(href); } }, match[0]));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function textNode(message) {
  const div = el("div", { class: "text" });
  if (message.html) {
    div.append(sanitize(message.html));
    // Bare links inside the HTML stay clickable too.
    const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) if (!walker.currentNode.parentElement.closest("a")) texts.push(walker.currentNode);
    for (const t of texts) if (/https?:\/\/|t\.me\//.test(t.textContent)) t.replaceWith(linkify(t.textContent));
  } else {
    div.append(linkify(message.text));
  }
  return div;
}

const fileHints = { xlsx: "Таблица Excel", ics: "Событие для календаря", pdf: "Документ PDF", docx: "Документ Word", png: "Картинка", jpg: "Фотография", txt: "Текст" };
function docNode(message) {
  const name = message.fileName || "файл";
  const ext = name.split(".").pop().toLowerCase();
  const icon = ext === "xlsx" ? "📊" : ext === "ics" ? "📅" : "📄";
  return el("a", { class: "doc", href: message.fileUrl, download: name },
    el("span", { class: "doc-icon" }, icon),
    el("span", {}, el("div", { class: "doc-name" }, name), el("div", { class: "doc-hint" }, `${fileHints[ext] || "Файл"} · скачать`)));
}

function buttonsNode(person, message) {
  if (!message.buttons.length) return null;
  return el("div", { class: "inline" }, message.buttons.map((row) => el("div", { class: "inline-row" }, row.map((button) =>
    el("button", {
      type: "button",
      class: button.url ? "url" : "",
      onclick: () => button.url ? openLink(button.url) : api(`/api/people/${person.id}/press`, { messageId: message.id, data: button.data }),
    }, button.text)))));
}

// Consecutive photos of one album become one bubble, as in Telegram.
function groups(messages) {
  const out = [];
  for (const message of messages) {
    const previous = out[out.length - 1];
    if (message.album && previous && previous[0].album === message.album) previous.push(message);
    else out.push([message]);
  }
  return out;
}

function messageNode(person, group) {
  const first = group[0];
  const bubble = el("div", { class: "bubble" });
  const pictures = group.filter((m) => m.kind === "photo" && m.fileUrl);
  if (pictures.length) {
    const size = pictures.length;
    bubble.append(el("div", { class: `photos ${size <= 4 ? `n${size}` : "many"}` },
      pictures.map((m) => el("a", { href: m.fileUrl, target: "_blank" }, el("img", { src: m.fileUrl, alt: "Фото", loading: "lazy" })))));
  }
  for (const m of group) {
    if (m.kind === "document" && m.fileUrl) bubble.append(docNode(m));
    else if (m.kind === "video") bubble.append(el("div", { class: "text" }, "🎬 Видео"));
    else if (!["text", "photo", "document"].includes(m.kind)) bubble.append(el("div", { class: "text" }, `[${m.kind}]`));
  }
  const captioned = group.find((m) => m.text);
  if (captioned) bubble.append(textNode(captioned));
  bubble.append(el("div", { class: "meta" }, (group.some((m) => m.edited) ? "изменено · " : "") + first.time));
  return el("div", { class: `msg ${first.fromBot ? "bot" : "mine"}`, dataset: { id: String(first.id) } },
    bubble, group.map((m) => buttonsNode(person, m)));
}

function renderMessages(person, chat, view) {
  const box = $(".messages", chat);
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren();
  if (!view.messages.length) {
    box.append(el("div", { class: "empty" }, "Здесь пока пусто. Напишите боту /start или выберите команду в меню «/»."));
  }
  let day = null;
  for (const group of groups(view.messages)) {
    if (group[0].day !== day) {
      day = group[0].day;
      box.append(el("div", { class: "day" }, day));
    }
    box.append(messageNode(person, group));
  }
  if (atBottom || box.dataset.seen !== String(view.messages.length)) box.scrollTop = box.scrollHeight;
  box.dataset.seen = String(view.messages.length);

  const keyboard = $(".keyboard", chat);
  keyboard.replaceChildren();
  keyboard.hidden = !view.keyboard;
  for (const row of view.keyboard || []) {
    keyboard.append(el("div", { class: "keyboard-row" }, row.map((label) =>
      el("button", { type: "button", onclick: () => api(`/api/people/${person.id}/text`, { text: label }) }, label))));
  }
}

function initials(name) {
  return name.split(" ").map((w) => w[0]).join("").slice(0, 2).toUpperCase();
}

function chatColumn(person) {
  const input = el("textarea", { rows: 1, placeholder: "Сообщение", "aria-label": "Сообщение" });
  const files = el("input", { type: "file", multiple: true });
  const menu = el("div", { class: "commands", hidden: true });
  const send = async () => {
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    await api(`/api/people/${person.id}/text`, { text });
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); }
  });
  files.addEventListener("change", async () => {
    if (!files.files.length) return;
    const form = new FormData();
    for (const file of files.files) form.append("files", file, file.name);
    form.append("caption", input.value.trim());
    input.value = "";
    files.value = "";
    await api(`/api/people/${person.id}/files`, form);
  });
  const showMenu = () => {
    if (!menu.hidden) { menu.hidden = true; return; }
    const commands = state.people.find((p) => p.id === person.id)?.commands || [];
    menu.replaceChildren(...(commands.length
      ? commands.map((c) => el("button", { type: "button", onclick: () => { menu.hidden = true; api(`/api/people/${person.id}/text`, { text: `/${c.command}` }); } },
          el("b", {}, `/${c.command}`), c.description))
      : [el("div", { class: "none" }, "Бот ещё не задал меню команд. Напишите /start.")]));
    menu.hidden = false;
  };
  const color = colors[person.id % colors.length];
  const role = person.department ? `${person.role} · ${person.department}` : person.role;
  return el("section", { class: "chat", dataset: { person: String(person.id) }, "aria-label": person.name },
    el("header", { class: "chat-head" },
      el("div", { class: "avatar", style: `background:${color}` }, initials(person.name)),
      el("div", { class: "who" }, el("div", { class: "who-name" }, person.name), el("div", { class: "who-role", title: role }, role))),
    el("div", { class: "messages" }),
    el("div", { class: "keyboard", hidden: true }),
    el("div", { class: "composer" },
      menu,
      el("button", { type: "button", class: "icon menu-button", title: "Меню команд", onclick: showMenu }, "/"),
      el("button", { type: "button", class: "icon attach", title: "Фото, альбом или документ", onclick: () => files.click() }, "📎"),
      files,
      input,
      el("button", { type: "button", class: "icon send", title: "Отправить", onclick: send }, "➤")));
}

function renderPeople() {
  const main = $("#chats");
  const tabs = $("#tabs");
  for (const person of state.people) {
    if (!state.chats.has(person.id)) {
      const column = chatColumn(person);
      state.chats.set(person.id, { column, json: "" });
      main.append(column);
      tabs.append(el("button", { type: "button", dataset: { person: String(person.id) }, onclick: () => activate(person.id) }, person.name.split(" ")[0]));
    }
  }
  if (state.active === null && state.people.length) activate(state.people[0].id);
}

function activate(id) {
  state.active = id;
  document.querySelectorAll(".chat, .tabs button").forEach((node) => node.classList.toggle("active", node.dataset.person === String(id)));
  // A chat hidden on a phone could not scroll while hidden: show its newest messages now.
  const box = state.chats.get(id) && $(".messages", state.chats.get(id).column);
  if (box) box.scrollTop = box.scrollHeight;
}

let refreshing = null;
let again = false;
async function refresh() {
  if (refreshing) { again = true; return refreshing; }
  refreshing = (async () => {
    do {
      again = false;
      const next = await api("/api/state");
      if (next.generation !== state.generation) {
        state.chats.forEach(({ column }) => column.remove());
        state.chats.clear();
        $("#tabs").replaceChildren();
        state.active = null;
      }
      Object.assign(state, { people: next.people, bot: next.bot, generation: next.generation });
      $("#clock").textContent = next.clock;
      const warnings = $("#violations");
      warnings.hidden = next.violations.length === 0;
      warnings.textContent = next.violations.length ? "Бот сделал вызов, который Telegram бы отклонил:\n" + next.violations.join("\n") : "";
      renderPeople();
      await Promise.all(state.people.map(async (person) => {
        const view = await api(`/api/chats/${person.id}`);
        const json = JSON.stringify(view);
        const entry = state.chats.get(person.id);
        if (entry && entry.json !== json) {
          entry.json = json;
          renderMessages(person, entry.column, view);
        }
      }));
    } while (again);
  })().finally(() => { refreshing = null; });
  return refreshing;
}

function connect() {
  const events = new EventSource("/api/events");
  events.addEventListener("change", () => refresh());
  events.addEventListener("clock", (e) => { $("#clock").textContent = JSON.parse(e.data); });
}

document.querySelectorAll("[data-move]").forEach((button) =>
  button.addEventListener("click", () => api(`/api/clock/${button.dataset.move}`, {})));
$("#reset").addEventListener("click", async () => {
  if (!confirm("Начать заново? Все переписки и данные песочницы удалятся, вернутся учебные данные.")) return;
  $("#reset").disabled = true;
  try { await api("/api/reset", {}); } finally { $("#reset").disabled = false; }
});
$("#newcomer-cancel").addEventListener("click", () => $("#newcomer").close());
$("#newcomer-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const dialog = $("#newcomer");
  const { id } = await api("/api/people", { firstName: form.get("firstName"), lastName: form.get("lastName"), start: dialog.dataset.start || "" });
  dialog.close();
  await refresh();
  activate(id);
  state.chats.get(id)?.column.scrollIntoView({ behavior: "smooth", inline: "end" });
});

refresh().then(connect);
