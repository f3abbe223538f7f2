// Chromium's offscreen document: the engine's home (service workers are stopped when idle and
// would lose the loaded engine). Answers only requests this extension's service worker forwards.
import { isCheckRequest, isOwnSender, isRewriteRequest } from "../shared/messages.js";
import { answerCheck, answerRewrite, warmUp } from "./engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isOwnSender(sender, false)) return false;
  if (isCheckRequest(message, "engine")) void answerCheck(message).then(sendResponse);
  else if (isRewriteRequest(message, "engine")) void answerRewrite(message).then(sendResponse);
  else return false;
  return true;
});
warmUp();
