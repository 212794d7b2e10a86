// A webhook receiver that verifies every delivery with the official Standard Webhooks library, so the hub's
// signing is checked by someone else's code, not only by our own.
//
//   WEBHOOK_SECRET=whsec_... node receiver.mjs [port]     (port 0 or none: any free port)
//
// The first stdout line is the port it listens on. Control endpoints (never verified):
//   GET  /state      {received: [{webhookId, eventId, sequence, goldenId, type, position, receivedAt}], invalid}
//   GET  /count      {received, invalid} (cheap to poll)
//   POST /down       answer 503 to every delivery from now on (an outage)
//   POST /up         answer deliveries again
//   POST /secret     body = the secret to verify with from now on (when it is only known after start)
//   POST /fail-next  body = n: the next n deliveries that verify are answered 500 (listed in /state as failed)
//   POST /hold       deliveries that verify are recorded but not answered (the sender's request stays in flight)
//   POST /release    answer the held ones and every later one again
import http from "node:http";
import { Webhook } from "standardwebhooks";

const state = { received: [], failed: [], invalid: 0, down: 0 };
let failNext = 0;
let holding = false;
const held = [];
let webhook = process.env.WEBHOOK_SECRET ? new Webhook(process.env.WEBHOOK_SECRET) : null;
let down = false;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function answer(res, status, json) {
  if (json === undefined) {
    res.writeHead(status).end();
  } else {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
  }
}

async function handle(req, res) {
  const body = await readBody(req);
  if (req.method === "GET" && req.url === "/state") {
    return answer(res, 200, {
      received: state.received,
      failed: state.failed,
      invalid: state.invalid,
      refused: state.down,
    });
  }
  if (req.method === "GET" && req.url === "/count") {
    return answer(res, 200, { received: state.received.length, invalid: state.invalid });
  }
  if (req.method === "POST" && req.url === "/down") {
    down = true;
    return answer(res, 204);
  }
  if (req.method === "POST" && req.url === "/up") {
    down = false;
    return answer(res, 204);
  }
  if (req.method === "POST" && req.url === "/hold") {
    holding = true;
    return answer(res, 204);
  }
  if (req.method === "POST" && req.url === "/release") {
    holding = false;
    for (const waiting of held.splice(0)) {
      if (!waiting.destroyed) answer(waiting, 204);
    }
    return answer(res, 204);
  }
  if (req.method === "POST" && req.url === "/fail-next") {
    failNext = Number(body.trim());
    return answer(res, 204);
  }
  if (req.method === "POST" && req.url === "/secret") {
    webhook = new Webhook(body.trim());
    return answer(res, 204);
  }
  if (req.method !== "POST") {
    return answer(res, 405);
  }
  if (down) {
    state.down++;
    return answer(res, 503);
  }
  let event;
  try {
    if (webhook === null) throw new Error("no secret set");
    event = webhook.verify(body, req.headers);
  } catch {
    state.invalid++;
    return answer(res, 400);
  }
  if (failNext > 0) {
    failNext--;
    state.failed.push({ webhookId: req.headers["webhook-id"], eventId: event.id });
    return answer(res, 500);
  }
  state.received.push({
    webhookId: req.headers["webhook-id"],
    eventId: event.id,
    sequence: event.sequence,
    goldenId: event.goldenId,
    type: event.type,
    position: event.position,
    receivedAt: Date.now(),
  });
  if (holding) {
    held.push(res);
    return;
  }
  return answer(res, 204);
}

const server = http.createServer((req, res) => {
  handle(req, res).catch(() => answer(res, 500));
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  console.log(server.address().port);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
